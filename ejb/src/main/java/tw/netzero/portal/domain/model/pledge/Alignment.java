package tw.netzero.portal.domain.model.pledge;

/**
 * The temperature goal a pledge's near-term target is consistent with, as the directory and the
 * open data show it: its {@link TargetClassification} under the criteria in force when it was
 * submitted ({@code 2 °C} exists only for targets submitted before v5.x).
 */
public enum Alignment {
    ONE_POINT_FIVE_C("pledge.alignment.onePointFiveC"),
    WELL_BELOW_TWO_C("pledge.alignment.wellBelowTwoC"),
    TWO_C("pledge.alignment.twoC"),
    NOT_ALIGNED("pledge.alignment.notAligned");

    private final String messageKey;

    Alignment(String messageKey) {
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }

    public static Alignment of(TargetClassification classification) {
        return switch (classification) {
            case ONE_POINT_FIVE_C -> ONE_POINT_FIVE_C;
            case WELL_BELOW_TWO_C -> WELL_BELOW_TWO_C;
            case TWO_C -> TWO_C;
            case NOT_ALIGNED -> NOT_ALIGNED;
        };
    }
}
