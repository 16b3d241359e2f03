package tw.netzero.portal.domain.model.shared;

import java.util.Arrays;

/** The 15 value-chain categories of scope 3, with their GHG Protocol number. */
public enum Scope3Category {
    PURCHASED_GOODS_AND_SERVICES(1),
    CAPITAL_GOODS(2),
    FUEL_AND_ENERGY_RELATED_ACTIVITIES(3),
    UPSTREAM_TRANSPORTATION_AND_DISTRIBUTION(4),
    WASTE_GENERATED_IN_OPERATIONS(5),
    BUSINESS_TRAVEL(6),
    EMPLOYEE_COMMUTING(7),
    UPSTREAM_LEASED_ASSETS(8),
    DOWNSTREAM_TRANSPORTATION_AND_DISTRIBUTION(9),
    PROCESSING_OF_SOLD_PRODUCTS(10),
    USE_OF_SOLD_PRODUCTS(11),
    END_OF_LIFE_TREATMENT_OF_SOLD_PRODUCTS(12),
    DOWNSTREAM_LEASED_ASSETS(13),
    FRANCHISES(14),
    INVESTMENTS(15);

    private final int number;

    Scope3Category(int number) {
        this.number = number;
    }

    /** The number the GHG Protocol gives the category (1..15). */
    public int number() {
        return number;
    }

    public static Scope3Category ofNumber(int number) {
        return Arrays.stream(values())
                .filter(category -> category.number == number)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No scope 3 category " + number));
    }
}
