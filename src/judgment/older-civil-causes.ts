/**
 * Civil causes as judgments decided before 2021 name them, each with the cause or causes of the 2020
 * catalogue it became ({@link CIVIL_CATALOGUE}: 民事案件案由规定, 法〔2020〕346/347号): the names of the
 * earlier texts — the trial text (法发〔2000〕26号), the 2008 text (法发〔2008〕11号) and its 2011
 * revision (法〔2011〕41/42号) — and the names titles gave a cause of those texts shortened, with its
 * words in another order or in the words of the law it applied (著作权侵权纠纷, 生命权纠纷, 饲养动物致人损害
 * 纠纷: 民法通则 §127). A name the 2020 text split is given with the causes
 * it was split into (商品房买卖合同纠纷: its 预售 and 销售 contracts) or, where those are too many to
 * list, with the cause they are all below (侵犯著作权纠纷: 著作权权属、侵权纠纷, whose 侵害作品…权纠纷 name
 * the right infringed). Names that name no cause (侵权纠纷, 损害赔偿纠纷, 赔偿纠纷), or that the later
 * texts split across parts (工伤事故损害赔偿纠纷: a work injury's insurance benefits, 工伤保险待遇纠纷
 * under 劳动争议, or the harm to one who works for another, 提供劳务者受害责任纠纷 under 侵权责任纠纷), are
 * not here: a judgment naming them is found as it names them only.
 *
 * Sources (none is the SPC's printed text of the earlier catalogues, which the search index did not hold):
 * - the 2011 text's part four (合同、无因管理、不当得利纠纷) as a judgment scraper lists it, in catalogue
 *   order, read beside the 2020 transcription the catalogue is taken from: a 2011 name where the 2020
 *   text has another, between the same neighbours, is that name's predecessor (居间合同纠纷 between
 *   行纪合同纠纷 and 补偿贸易纠纷, where the 2020 text has 中介合同纠纷);
 * - a list of tort causes judgments were labelled with before 2021 (物件损害责任纠纷, 公共场所管理人责任
 *   纠纷, 因申请诉中财产保全损害责任纠纷…), each the 2011 name of a 2020 cause the 民法典 renamed;
 * - a commentary on the 2011 text's causes, which lists the seven under its 物件损害责任纠纷 in order
 *   (不明抛掷物、坠落物损害责任纠纷 third, 公共道路妨碍通行损害责任纠纷 fifth) beside the 2008 causes they
 *   replaced;
 * - a case database's cause labels quoted in a parser's fixtures, which give the 2020 cause with the
 *   older name a judgment wrote (侵害发明专利权纠纷【侵犯发明专利权纠纷】), and another database's, which
 *   files a 2009 船舶碰撞损害赔偿纠纷 under 船舶碰撞损害责任纠纷;
 * - a 2008 commentary numbering the 2008 text's torts (123 防卫过当损害赔偿纠纷, 125 公证损害赔偿纠纷:
 *   the 2020 text's …损害责任纠纷): the 2011 revision, made for 侵权责任法 (2009), named torts …责任纠纷
 *   where the 2008 text had …损害赔偿纠纷, and infringements 侵害… where it had 侵犯…;
 * - a note that the 2011 text dropped 道路交通事故人身损害赔偿纠纷 for 机动车交通事故责任纠纷, and a
 *   listing of the trial text's 人身损害赔偿纠纷 by kind (road, rail, water and air transport, medical,
 *   employees, products, dangerous activities, pollution, works on the ground, buildings, stacked
 *   objects, animals, self-defence, necessity): each a cause of the 2020 text's 侵权责任纠纷;
 * - the laws that renamed the contract or right (cited at each).
 * The 2020 names are checked by a test to be names of {@link CIVIL_CATALOGUE}.
 */
export const OLDER_CIVIL_CAUSES: Readonly<Record<string, readonly string[]>> = {
  // The 2008 text's third-level cause under 保险纠纷, whose fourth-level causes the 2011 revision made
  // third-level causes of 保险纠纷; titles still name it.
  保险合同纠纷: ["财产保险合同纠纷", "人身保险合同纠纷", "再保险合同纠纷", "保险经纪合同纠纷"],

  // The 2011 text's part four beside the 2020 text's. The 民法典 (2020) renamed 合同法's 居间合同
  // (§424) 中介合同 (§961) and made 合伙 a contract (§967 合伙合同).
  居间合同纠纷: ["中介合同纠纷"],
  合伙协议纠纷: ["合伙合同纠纷"],
  // 网络购物 and 电视购物 (2011, under 买卖合同纠纷): the 2020 text has 信息网络买卖合同纠纷 where the
  // first was; the second has no successor and is left out.
  网络购物合同纠纷: ["信息网络买卖合同纠纷"],
  // Under 借款合同纠纷 in 2011; a loan between enterprises is a 民间借贷 since 最高人民法院关于审理民间
  // 借贷案件适用法律若干问题的规定 (法释〔2015〕18号) §1, and the 2020 text has no cause of its own for it.
  企业借贷纠纷: ["民间借贷纠纷"],
  房屋拆迁安置补偿合同纠纷: ["民事主体间房屋拆迁补偿合同纠纷"],
  // 农村土地承包法 (2018) §36–§47: the contractor transfers 土地经营权, by lease (出租（转包）), as a
  // share or as security.
  农村土地承包合同纠纷: ["土地承包经营权合同纠纷"],
  土地承包经营权转包合同纠纷: ["土地经营权出租合同纠纷"],
  土地承包经营权出租合同纠纷: ["土地经营权出租合同纠纷"],
  土地承包经营权入股合同纠纷: ["土地经营权入股合同纠纷"],
  土地承包经营权抵押合同纠纷: ["土地经营权抵押合同纠纷"],
  邮寄服务合同纠纷: ["邮政服务合同纠纷"],
  酒店服务合同纠纷: ["旅店服务合同纠纷"],

  // The 2011 text's torts the 民法典 renamed: its chapter 建筑物和物件损害责任 (第七编第十章), §1252
  // (倒塌、塌陷), §1255 (倒塌、滚落或者滑落), §1257 (折断、倾倒或者果实坠落), §1198 (经营场所、公共场所的
  // 经营者、管理者); and the 2020 text's one cause for a preservation sought before or during the suit.
  物件损害责任纠纷: ["建筑物和物件损害责任纠纷"],
  "建筑物、构筑物倒塌损害责任纠纷": ["建筑物、构筑物倒塌、塌陷损害责任纠纷"],
  堆放物倒塌致害责任纠纷: ["堆放物倒塌、滚落、滑落损害责任纠纷"],
  林木折断损害责任纠纷: ["林木折断、倾倒、果实坠落损害责任纠纷"],
  公共场所管理人责任纠纷: ["经营场所、公共场所的经营者、管理者责任纠纷"],
  因申请诉前财产保全损害责任纠纷: ["因申请财产保全损害责任纠纷"],
  因申请诉中财产保全损害责任纠纷: ["因申请财产保全损害责任纠纷"],
  因申请诉前证据保全损害责任纠纷: ["因申请证据保全损害责任纠纷"],
  因申请诉中证据保全损害责任纠纷: ["因申请证据保全损害责任纠纷"],
  // The 2011 text's 不明抛掷物、坠落物 (侵权责任法 §87), third of the seven causes under 物件损害责任纠纷 as the
  // 2020 text's 高空抛物、坠物 is under 建筑物和物件损害责任纠纷 (民法典 §1254), in a commentary on the 2011
  // text listing them; and titles' shorter names of two 2011 causes the 2020 text keeps: 公共道路妨碍通行
  // (侵权责任法 §89, 民法典 §1256) without its 损害, and the animal's harm (民法通则 §127: 饲养的动物造成他人
  // 损害; 侵权责任法 ch.10 and 民法典 第七编第九章 饲养动物损害责任).
  "不明抛掷物、坠落物损害责任纠纷": ["高空抛物、坠物损害责任纠纷"],
  公共道路妨碍通行责任纠纷: ["公共道路妨碍通行损害责任纠纷"],
  饲养动物致人损害纠纷: ["饲养动物损害责任纠纷"],

  // The trial text's 人身损害赔偿纠纷, whose kinds are causes of 侵权责任纠纷 now.
  人身损害赔偿纠纷: ["侵权责任纠纷"],
  // The 2008 text's …损害赔偿纠纷 the 2011 revision named …责任纠纷; a road accident the 2011 text's
  // 机动车交通事故责任纠纷 (道路交通安全法 §76), as titles wrote it.
  道路交通事故人身损害赔偿纠纷: ["机动车交通事故责任纠纷"],
  道路交通事故损害赔偿纠纷: ["机动车交通事故责任纠纷"],
  交通事故损害赔偿纠纷: ["机动车交通事故责任纠纷"],
  交通事故人身损害赔偿纠纷: ["机动车交通事故责任纠纷"],
  医疗损害赔偿纠纷: ["医疗损害责任纠纷"],
  环境污染损害赔偿纠纷: ["环境污染责任纠纷"],
  船舶碰撞损害赔偿纠纷: ["船舶碰撞损害责任纠纷"],
  船舶碰撞损害赔偿责任纠纷: ["船舶碰撞损害责任纠纷"],
  // A patent holder's 诉前停止侵权 and preservation (最高人民法院关于对诉前停止侵犯专利权行为适用法律问题
  // 的若干规定, 法释〔2001〕20号, §13): the 2020 text's 因申请知识产权临时措施损害责任纠纷.
  因申请临时措施损害赔偿纠纷: ["因申请知识产权临时措施损害责任纠纷"],

  // The 2008 text's 侵犯… the 2011 revision named 侵害…, and the names titles gave them.
  侵犯商标专用权纠纷: ["侵害商标权纠纷"],
  // 商标法 (2001) §52, (2019) §57: 侵犯注册商标专用权, as titles name the cause.
  侵犯注册商标专用权纠纷: ["侵害商标权纠纷"],
  商标侵权纠纷: ["侵害商标权纠纷"],
  商标权侵权纠纷: ["侵害商标权纠纷"],
  商标专用权纠纷: ["商标权权属、侵权纠纷"],
  注册商标专用权纠纷: ["商标权权属、侵权纠纷"],
  侵犯植物新品种权纠纷: ["侵害植物新品种权纠纷"],
  侵犯商业秘密纠纷: ["侵害商业秘密纠纷"],
  侵犯信息网络传播权纠纷: ["侵害作品信息网络传播权纠纷"],
  计算机软件著作权侵权纠纷: ["侵害计算机软件著作权纠纷"],
  // Copyright infringed, the right not named: the 2011 and 2020 texts name it by the right
  // (侵害作品复制权纠纷, 侵害作品发行权纠纷…), all below 著作权权属、侵权纠纷.
  侵犯著作权纠纷: ["著作权权属、侵权纠纷"],
  侵害著作权纠纷: ["著作权权属、侵权纠纷"],
  著作权侵权纠纷: ["著作权权属、侵权纠纷"],
  著作权纠纷: ["著作权权属、侵权纠纷"],
  侵犯著作财产权纠纷: ["著作权权属、侵权纠纷"],
  侵犯作品专有使用权纠纷: ["著作权权属、侵权纠纷"],
  侵犯民间文学艺术作品著作权纠纷: ["著作权权属、侵权纠纷"],
  // A patent infringed, its kind not named.
  侵犯专利权纠纷: ["侵害发明专利权纠纷", "侵害实用新型专利权纠纷", "侵害外观设计专利权纠纷"],
  专利侵权纠纷: ["侵害发明专利权纠纷", "侵害实用新型专利权纠纷", "侵害外观设计专利权纠纷"],
  侵犯发明专利权纠纷: ["侵害发明专利权纠纷"],
  实用新型专利侵权纠纷: ["侵害实用新型专利权纠纷"],
  专利权纠纷: ["专利权权属、侵权纠纷"],
  实用新型专利权纠纷: ["专利权权属、侵权纠纷"],
  专利申请权纠纷: ["专利申请权权属纠纷"],
  确认专利申请权纠纷: ["专利申请权权属纠纷"],
  发明专利权属纠纷: ["专利权权属纠纷"],
  职务发明设计人报酬纠纷: ["职务发明创造发明人、设计人奖励、报酬纠纷"],
  计算机网络域名纠纷: ["网络域名权属、侵权纠纷"],
  计算机网络域名侵权纠纷: ["侵害网络域名纠纷"],
  // 反不正当竞争法 (2019) §6(2): using another's business name is a 混淆, the 2020 text's 仿冒纠纷.
  擅自使用他人企业名称纠纷: ["仿冒纠纷"],

  // A personality right infringed: the 2011 text's 生命权、健康权、身体权纠纷, which the 2020 text orders
  // as the 民法典 does (第四编第二章 生命权、身体权和健康权, §1002–§1004), and titles naming one or two
  // of its rights; the other rights named with 侵害/侵犯.
  "生命权、健康权、身体权纠纷": ["生命权、身体权、健康权纠纷"],
  生命权纠纷: ["生命权、身体权、健康权纠纷"],
  健康权纠纷: ["生命权、身体权、健康权纠纷"],
  身体权纠纷: ["生命权、身体权、健康权纠纷"],
  "健康权、身体权纠纷": ["生命权、身体权、健康权纠纷"],
  侵害名誉权纠纷: ["名誉权纠纷"],
  侵犯名誉权纠纷: ["名誉权纠纷"],
  名誉权侵权纠纷: ["名誉权纠纷"],
  侵犯肖像权纠纷: ["肖像权纠纷"],
  侵害名称权纠纷: ["名称权纠纷"],

  // Contracts titles named by an older law's word: 经济合同法's 购销合同 (repealed by 合同法 1999 §428,
  // whose 买卖合同 it is); 担保法 (1995) §2's 担保 (保证, 抵押, 质押, 定金 each a contract of the 2020
  // text); 商品房买卖合同 of 法释〔2003〕7号 §1, sold before or after completion (预售, 现售); 物业管理条例
  // (2003) §35's 物业服务合同; 储蓄 the 2011 and 2020 texts name 储蓄存款合同.
  购销合同纠纷: ["买卖合同纠纷"],
  担保合同纠纷: ["保证合同纠纷", "抵押合同纠纷", "质押合同纠纷", "定金合同纠纷"],
  商品房买卖合同纠纷: ["商品房预售合同纠纷", "商品房销售合同纠纷"],
  物业管理合同纠纷: ["物业服务合同纠纷"],
  储蓄合同纠纷: ["储蓄存款合同纠纷"],
  股权转让合同纠纷: ["股权转让纠纷"],
  代位权纠纷: ["债权人代位权纠纷"],
  证券回购纠纷: ["证券回购合同纠纷"],
  保险代位求偿权纠纷: ["保险人代位求偿权纠纷"],
  // An independent guarantee (最高人民法院关于审理独立保函纠纷案件若干问题的规定, 法释〔2016〕24号).
  保函欺诈纠纷: ["独立保函欺诈纠纷"],
  继承权纠纷: ["继承纠纷"],
  相邻通行权纠纷: ["相邻通行纠纷"],

  // The sea's contracts and torts, which the 2011 and 2020 texts name 海上、通海水域….
  海上货物运输合同纠纷: ["海上、通海水域货物运输合同纠纷"],
  海上货运代理合同纠纷: ["海上、通海水域货运代理合同纠纷"],
  海上保险合同纠纷: ["海上、通海水域保险合同纠纷"],
  海上污染损害责任纠纷: ["海上、通海水域污染损害责任纠纷"],
  港口作业合同纠纷: ["港口作业纠纷"],

  // 最高人民法院关于审理生态环境损害赔偿案件的若干规定（试行） (法释〔2019〕8号) named the suit before the
  // 2020 text made it a cause, 生态环境损害赔偿诉讼.
  生态环境损害赔偿纠纷: ["生态环境损害赔偿诉讼"],
  // The civil public-interest suits as the SPC's interpretations name them: 最高人民法院关于审理环境民事公益
  // 诉讼案件适用法律若干问题的解释 (法释〔2015〕1号), whose §1 takes in both 污染环境 and 破坏生态, the 2020
  // text's two kinds of 生态环境保护民事公益诉讼; 最高人民法院关于审理消费民事公益诉讼案件适用法律若干问题的解释
  // (法释〔2016〕10号). A title naming the suit by the law's word (民事诉讼法 2023 §58, 民事公益诉讼)
  // without its kind (…人文遗迹保护民事公益诉讼案) is the catalogue's 公益诉讼, all of whose causes are
  // civil public-interest suits.
  环境民事公益诉讼: ["生态环境保护民事公益诉讼"],
  消费民事公益诉讼: ["消费者权益保护民事公益诉讼"],
  民事公益诉讼: ["公益诉讼"],
};
