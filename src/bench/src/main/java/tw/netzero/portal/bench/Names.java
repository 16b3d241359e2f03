package tw.netzero.portal.bench;

import java.util.Locale;
import tw.netzero.portal.domain.model.company.District;
import tw.netzero.portal.domain.model.company.IndustryGroup;

/**
 * Fictional bilingual company names in the style of Kaohsiung's industry (港峰鋼鐵股份有限公司 /
 * Harbor Crest Steel Co., Ltd.): a stem, a trade and the legal form; past the stems' combinations
 * the plant's district is added, so names stay distinct up to about 8 million members.
 */
final class Names {

    record CompanyName(String english, String chinese, String slug, String contactPerson) {
    }

    /** Where Kaohsiung's heavy industry is: most members are there. */
    static final District[] INDUSTRIAL_DISTRICTS = {District.XIAOGANG, District.LINYUAN, District.DALIAO,
        District.NANZI, District.RENWU, District.DASHE, District.GANGSHAN, District.LUZHU, District.QIANZHEN};

    private static final String[][] FIRST = {
        {"Harbor", "港"}, {"Crest", "峰"}, {"Formosa", "福爾摩沙"}, {"Southern", "南"}, {"Jade", "玉"},
        {"Golden", "金"}, {"Ocean", "海"}, {"Sunrise", "旭"}, {"Evergreen", "長青"}, {"Great", "大"},
        {"Pacific", "太平洋"}, {"Eastern", "東"}, {"Lotus", "蓮"}, {"Phoenix", "鳳"}, {"Dragon", "龍"},
        {"Summit", "巔"}, {"Silver", "銀"}, {"Pearl", "珠"}, {"Lion", "獅"}, {"Bright", "明"},
        {"Prosper", "興"}, {"Unity", "合"}, {"Peak", "嶺"}, {"Bay", "灣"}, {"River", "川"},
        {"Star", "星"}, {"Crane", "鶴"}, {"Cedar", "杉"}, {"Maple", "楓"}, {"Orchid", "蘭"}};
    private static final String[][] SECOND = {
        {"Crest", "峰"}, {"Point", "岬"}, {"Union", "聯"}, {"Tech", "科"}, {"Field", "田"},
        {"Stone", "石"}, {"Bridge", "橋"}, {"Wave", "浪"}, {"Light", "光"}, {"Works", "工"},
        {"Source", "源"}, {"Forge", "鍛"}, {"Gate", "門"}, {"Rise", "昇"}, {"Vale", "谷"},
        {"Way", "道"}, {"Crown", "冠"}, {"Trust", "信"}, {"Port", "埠"}, {"Spring", "泉"},
        {"Hill", "丘"}, {"Line", "線"}, {"Core", "芯"}, {"Grid", "網"}, {"Harvest", "穫"},
        {"Cloud", "雲"}, {"Tide", "潮"}, {"Vista", "景"}, {"Ridge", "脊"}, {"Anchor", "錨"}};
    private static final String[] SURNAMES = {"Chen", "Lin", "Huang", "Chang", "Lee", "Wang", "Wu", "Liu", "Tsai",
        "Yang", "Hsu", "Cheng", "Hsieh", "Kuo", "Hung"};
    private static final String[] GIVEN = {"Mei-ling", "Chih-wei", "Ya-ting", "Chun-hung", "Shu-fen", "Wei-lun",
        "Hsiao-wen", "Chia-hao", "Pei-shan", "Yu-cheng"};

    CompanyName of(long index, IndustryGroup group) {
        int stems = FIRST.length * SECOND.length;
        String[] first = FIRST[(int) (index % FIRST.length)];
        String[] second = SECOND[(int) ((index / FIRST.length) % SECOND.length)];
        long round = index / stems;
        String[] trade = trade(group, (int) (round % 3));
        String plant = "";
        String plantZh = "";
        long variant = round / 3;
        if (variant > 0) {
            District where = District.values()[(int) (variant % District.values().length)];
            plant = " " + capitalised(where.name()) + (variant >= District.values().length
                    ? " " + (variant / District.values().length + 1) : "");
            plantZh = districtZh(where) + (variant >= District.values().length
                    ? (variant / District.values().length + 1) + "廠" : "");
        }
        String english = first[0] + " " + second[0] + " " + trade[0] + plant + " Co., Ltd.";
        String chinese = first[1] + second[1] + plantZh + trade[1] + "股份有限公司";
        String slug = (first[0] + "-" + second[0] + "-" + trade[0] + "-" + index).toLowerCase(Locale.ROOT)
                .replace(' ', '-');
        String contact = GIVEN[(int) (index % GIVEN.length)] + " " + SURNAMES[(int) ((index / 7) % SURNAMES.length)];
        return new CompanyName(english, chinese, slug, contact);
    }

    private static String[] trade(IndustryGroup group, int which) {
        String[][] trades = switch (group) {
            case STEEL -> new String[][] {{"Steel", "鋼鐵"}, {"Metal Industries", "金屬工業"}, {"Alloy", "合金"}};
            case PETROCHEMICALS -> new String[][] {{"Petrochemical", "石化"}, {"Chemical", "化學"},
                {"Polymers", "高分子"}};
            case ELECTRONICS -> new String[][] {{"Semiconductor", "半導體"}, {"Electronics", "電子"},
                {"Optoelectronics", "光電"}};
            case ENERGY -> new String[][] {{"Power", "電力"}, {"Energy", "能源"}, {"Gas", "瓦斯"}};
            case CIRCULAR_ECONOMY -> new String[][] {{"Recycling", "資源回收"}, {"Environmental", "環保"},
                {"Materials Recovery", "材料再生"}};
        };
        return trades[which];
    }

    private static String capitalised(String name) {
        return name.charAt(0) + name.substring(1).toLowerCase(Locale.ROOT);
    }

    private static String districtZh(District district) {
        return switch (district) {
            case YANCHENG -> "鹽埕"; case GUSHAN -> "鼓山"; case ZUOYING -> "左營"; case NANZI -> "楠梓";
            case SANMIN -> "三民"; case XINXING -> "新興"; case QIANJIN -> "前金"; case LINGYA -> "苓雅";
            case QIANZHEN -> "前鎮"; case QIJIN -> "旗津"; case XIAOGANG -> "小港"; case FENGSHAN -> "鳳山";
            case LINYUAN -> "林園"; case DALIAO -> "大寮"; case DASHU -> "大樹"; case DASHE -> "大社";
            case RENWU -> "仁武"; case NIAOSONG -> "鳥松"; case GANGSHAN -> "岡山"; case QIAOTOU -> "橋頭";
            case YANCHAO -> "燕巢"; case TIANLIAO -> "田寮"; case ALIAN -> "阿蓮"; case LUZHU -> "路竹";
            case HUNEI -> "湖內"; case QIEDING -> "茄萣"; case YONGAN -> "永安"; case MITUO -> "彌陀";
            case ZIGUAN -> "梓官"; case QISHAN -> "旗山"; case MEINONG -> "美濃"; case LIUGUI -> "六龜";
            case JIAXIAN -> "甲仙"; case SHANLIN -> "杉林"; case NEIMEN -> "內門"; case MAOLIN -> "茂林";
            case TAOYUAN -> "桃源"; case NAMAXIA -> "那瑪夏";
        };
    }
}
