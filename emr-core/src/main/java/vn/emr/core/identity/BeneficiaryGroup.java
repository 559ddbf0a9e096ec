package vn.emr.core.identity;

import java.util.Optional;
import vn.emr.core.CoreError;
import vn.emr.core.EmrException;

/**
 * The beneficiary group (mã đối tượng) printed as the first two letters of the 15-character BHYT card number: the 44
 * codes of the 2015 list (Decision 1351/QĐ-BHXH), with the benefit level usual for the group.
 *
 * <p>Source: {@code domain/payment-and-ids.md} §6. The labels are short paraphrases of the official wording, not
 * the legal text; the usual levels agree across three independent public sources, except {@code CT} (one source
 * says 2, two say 4: 4 is used) and {@code TV} (no source: no usual level). Later decisions may have added codes,
 * so a code missing here is a warning ({@link CoreError#BHYT_GROUP_UNKNOWN}), not a rejection.
 */
public enum BeneficiaryGroup {
    /** DN: Employees of enterprises. */
    DN(BenefitLevel.LEVEL_4, "Người lao động làm việc trong doanh nghiệp",
            "Employees of enterprises"),
    /** HX: Employees of cooperatives. */
    HX(BenefitLevel.LEVEL_4, "Người lao động làm việc trong hợp tác xã",
            "Employees of cooperatives"),
    /** CH: Employees of state bodies and public service units. */
    CH(BenefitLevel.LEVEL_4, "Người lao động làm việc trong cơ quan nhà nước, đơn vị sự nghiệp",
            "Employees of state bodies and public service units"),
    /** NN: Employees of foreign and international organisations. */
    NN(BenefitLevel.LEVEL_4, "Người lao động làm việc trong tổ chức nước ngoài, tổ chức quốc tế",
            "Employees of foreign and international organisations"),
    /** TK: Employees of other organisations. */
    TK(BenefitLevel.LEVEL_4, "Người lao động làm việc trong tổ chức khác",
            "Employees of other organisations"),
    /** HC: Civil servants and public employees. */
    HC(BenefitLevel.LEVEL_4, "Cán bộ, công chức, viên chức",
            "Civil servants and public employees"),
    /** XK: Part-time commune workers. */
    XK(BenefitLevel.LEVEL_4, "Người hoạt động không chuyên trách ở xã, phường, thị trấn",
            "Part-time commune workers"),
    /** HT: Retirees and monthly incapacity-allowance recipients. */
    HT(BenefitLevel.LEVEL_3, "Người hưởng lương hưu, trợ cấp mất sức lao động hằng tháng",
            "Retirees and monthly incapacity-allowance recipients"),
    /** TB: Recipients of a monthly work-accident or occupational-disease allowance. */
    TB(BenefitLevel.LEVEL_4, "Người hưởng trợ cấp tai nạn lao động, bệnh nghề nghiệp hằng tháng",
            "Recipients of a monthly work-accident or occupational-disease allowance"),
    /** NO: Workers on long-term sick-leave allowance. */
    NO(BenefitLevel.LEVEL_4, "Người lao động nghỉ việc hưởng trợ cấp ốm đau dài ngày",
            "Workers on long-term sick-leave allowance"),
    /** CT: People aged 80 or more receiving a monthly survivor allowance. */
    CT(BenefitLevel.LEVEL_4, "Người từ đủ 80 tuổi trở lên hưởng trợ cấp tuất hằng tháng",
            "People aged 80 or more receiving a monthly survivor allowance"),
    /** XB: Retired commune officials on a monthly social-insurance allowance. */
    XB(BenefitLevel.LEVEL_4, "Cán bộ xã, phường, thị trấn đã nghỉ việc hưởng trợ cấp bảo hiểm xã hội hằng tháng",
            "Retired commune officials on a monthly social-insurance allowance"),
    /** TN: Recipients of unemployment benefit. */
    TN(BenefitLevel.LEVEL_4, "Người đang hưởng trợ cấp thất nghiệp",
            "Recipients of unemployment benefit"),
    /** CS: Retired rubber workers on a monthly allowance. */
    CS(BenefitLevel.LEVEL_4, "Công nhân cao su nghỉ việc hưởng trợ cấp hằng tháng",
            "Retired rubber workers on a monthly allowance"),
    /** QN: Military personnel. */
    QN(BenefitLevel.LEVEL_5, "Sĩ quan, quân nhân chuyên nghiệp, hạ sĩ quan, binh sĩ quân đội",
            "Military personnel"),
    /** CA: Police personnel. */
    CA(BenefitLevel.LEVEL_5, "Sĩ quan, hạ sĩ quan, chiến sĩ công an nhân dân",
            "Police personnel"),
    /** CY: Cipher staff. */
    CY(BenefitLevel.LEVEL_5, "Người làm công tác cơ yếu",
            "Cipher staff"),
    /** XN: Retired commune officials on a monthly state-budget allowance. */
    XN(BenefitLevel.LEVEL_4, "Cán bộ xã, phường, thị trấn đã nghỉ việc hưởng trợ cấp hằng tháng từ ngân sách nhà nước",
            "Retired commune officials on a monthly state-budget allowance"),
    /** MS: Former incapacity-allowance recipients on a monthly state-budget allowance. */
    MS(BenefitLevel.LEVEL_4, "Người đã thôi hưởng trợ cấp mất sức lao động, hưởng trợ cấp hằng tháng từ ngân sách nhà nước",
            "Former incapacity-allowance recipients on a monthly state-budget allowance"),
    /** CC: People with merit to the revolution, group 1. */
    CC(BenefitLevel.LEVEL_1, "Người có công với cách mạng (nhóm 1)",
            "People with merit to the revolution, group 1"),
    /** CK: People with merit to the revolution, group 2. */
    CK(BenefitLevel.LEVEL_2, "Người có công với cách mạng (nhóm 2)",
            "People with merit to the revolution, group 2"),
    /** CB: Veterans. */
    CB(BenefitLevel.LEVEL_2, "Cựu chiến binh",
            "Veterans"),
    /** KC: Resistance participants. */
    KC(BenefitLevel.LEVEL_2, "Người tham gia kháng chiến",
            "Resistance participants"),
    /** HD: National Assembly and People's Council deputies. */
    HD(BenefitLevel.LEVEL_4, "Đại biểu Quốc hội, đại biểu Hội đồng nhân dân các cấp",
            "National Assembly and People's Council deputies"),
    /** TE: Children under 6. */
    TE(BenefitLevel.LEVEL_1, "Trẻ em dưới 6 tuổi",
            "Children under 6"),
    /** BT: Recipients of a monthly social-protection allowance. */
    BT(BenefitLevel.LEVEL_2, "Người hưởng trợ cấp bảo trợ xã hội hằng tháng",
            "Recipients of a monthly social-protection allowance"),
    /** HN: Members of poor households. */
    HN(BenefitLevel.LEVEL_2, "Người thuộc hộ gia đình nghèo",
            "Members of poor households"),
    /** DT: Ethnic minorities living in hardship areas. */
    DT(BenefitLevel.LEVEL_2, "Người dân tộc thiểu số sinh sống tại vùng có điều kiện kinh tế - xã hội khó khăn",
            "Ethnic minorities living in hardship areas"),
    /** DK: People living in areas of special hardship. */
    DK(BenefitLevel.LEVEL_2, "Người sinh sống tại vùng có điều kiện kinh tế - xã hội đặc biệt khó khăn",
            "People living in areas of special hardship"),
    /** XD: People living in island communes and districts. */
    XD(BenefitLevel.LEVEL_2, "Người sinh sống tại xã đảo, huyện đảo",
            "People living in island communes and districts"),
    /** TS: Relatives of martyrs. */
    TS(BenefitLevel.LEVEL_2, "Thân nhân của liệt sĩ",
            "Relatives of martyrs"),
    /** TC: Relatives of people with merit. */
    TC(BenefitLevel.LEVEL_3, "Thân nhân của người có công với cách mạng",
            "Relatives of people with merit"),
    /** TQ: Relatives of military personnel. */
    TQ(BenefitLevel.LEVEL_4, "Thân nhân của quân nhân",
            "Relatives of military personnel"),
    /** TA: Relatives of police personnel. */
    TA(BenefitLevel.LEVEL_4, "Thân nhân của công an nhân dân",
            "Relatives of police personnel"),
    /** TY: Relatives of cipher staff. */
    TY(BenefitLevel.LEVEL_4, "Thân nhân của người làm công tác cơ yếu",
            "Relatives of cipher staff"),
    /** TV: Relatives of defence workers. */
    TV(null, "Thân nhân của công nhân, viên chức quốc phòng",
            "Relatives of defence workers"),
    /** HG: Organ donors. */
    HG(BenefitLevel.LEVEL_4, "Người đã hiến bộ phận cơ thể người",
            "Organ donors"),
    /** LS: Foreign students on a Vietnamese state scholarship. */
    LS(BenefitLevel.LEVEL_4, "Người nước ngoài học tập tại Việt Nam được cấp học bổng từ ngân sách nhà nước",
            "Foreign students on a Vietnamese state scholarship"),
    /** PV: Carers of people with merit. */
    PV(BenefitLevel.LEVEL_4, "Người phục vụ người có công với cách mạng",
            "Carers of people with merit"),
    /** CN: Members of near-poor households. */
    CN(BenefitLevel.LEVEL_3, "Người thuộc hộ gia đình cận nghèo",
            "Members of near-poor households"),
    /** HS: Pupils. */
    HS(BenefitLevel.LEVEL_4, "Học sinh",
            "Pupils"),
    /** SV: Students. */
    SV(BenefitLevel.LEVEL_4, "Sinh viên",
            "Students"),
    /** GB: Members of average-income agricultural, forestry, fishery and salt-making households. */
    GB(BenefitLevel.LEVEL_4, "Người thuộc hộ gia đình làm nông, lâm, ngư, diêm nghiệp có mức sống trung bình",
            "Members of average-income agricultural, forestry, fishery and salt-making households"),
    /** GD: Household-based participants. */
    GD(BenefitLevel.LEVEL_4, "Người tham gia bảo hiểm y tế theo hộ gia đình",
            "Household-based participants");

    private final BenefitLevel usualLevel;
    private final String vietnameseLabel;
    private final String englishLabel;

    BeneficiaryGroup(BenefitLevel usualLevel, String vietnameseLabel, String englishLabel) {
        this.usualLevel = usualLevel;
        this.vietnameseLabel = vietnameseLabel;
        this.englishLabel = englishLabel;
    }

    /** The 2-letter code as printed, for example {@code HS}. */
    public String code() {
        return name();
    }

    /** The benefit level usual for the group, empty when the sources give none ({@code TV}). */
    public Optional<BenefitLevel> usualLevel() {
        return Optional.ofNullable(usualLevel);
    }

    /** The Vietnamese label (a paraphrase of the official wording). */
    public String vietnameseLabel() {
        return vietnameseLabel;
    }

    /** The English label. */
    public String englishLabel() {
        return englishLabel;
    }

    /** The group with the 2-letter code (upper case), if it is on the 2015 list. */
    public static Optional<BeneficiaryGroup> lookup(String code) {
        if (code == null || code.length() != 2) {
            return Optional.empty();
        }
        for (BeneficiaryGroup g : values()) {
            if (g.name().equals(code)) {
                return Optional.of(g);
            }
        }
        return Optional.empty();
    }

    /**
     * The group with the 2-letter code.
     *
     * @throws EmrException {@link CoreError#BHYT_GROUP_UNKNOWN} if the code is not on the list
     */
    public static BeneficiaryGroup fromCode(String code) {
        return lookup(code).orElseThrow(() -> new EmrException(CoreError.BHYT_GROUP_UNKNOWN, "",
                String.valueOf(code)));
    }
}
