package tw.netzero.portal.domain.model.company;

/**
 * The 38 districts of Kaohsiung City, where the alliance's member sites are. Names are
 * shown through the message bundles (key {@code district.<NAME>}).
 */
public enum District {
    YANCHENG, GUSHAN, ZUOYING, NANZI, SANMIN, XINXING, QIANJIN, LINGYA, QIANZHEN, QIJIN,
    XIAOGANG, FENGSHAN, LINYUAN, DALIAO, DASHU, DASHE, RENWU, NIAOSONG, GANGSHAN, QIAOTOU,
    YANCHAO, TIANLIAO, ALIAN, LUZHU, HUNEI, QIEDING, YONGAN, MITUO, ZIGUAN, QISHAN,
    MEINONG, LIUGUI, JIAXIAN, SHANLIN, NEIMEN, MAOLIN, TAOYUAN, NAMAXIA
}
