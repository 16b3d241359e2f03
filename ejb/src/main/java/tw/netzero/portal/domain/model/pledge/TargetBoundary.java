package tw.netzero.portal.domain.model.pledge;

/**
 * The scopes a target covers (domain brief, "Pledges"): scope 1+2 (SBTi requires it), scope 3
 * (required when scope 3 is at least 40 % of scopes 1+2+3), or sometimes scope 1+2+3 in one
 * target, which the pre-check judges with the scope 1+2 thresholds and counts toward both
 * requirements.
 */
public enum TargetBoundary {
    SCOPE_1_2(true, false),
    SCOPE_3(false, true),
    SCOPE_1_2_3(true, true);

    private final boolean scope12;
    private final boolean scope3;

    TargetBoundary(boolean scope12, boolean scope3) {
        this.scope12 = scope12;
        this.scope3 = scope3;
    }

    /** Whether scope 1 and scope 2 lie inside the boundary (so a scope 2 method is needed). */
    public boolean includesScope12() {
        return scope12;
    }

    /** Whether scope 3 categories lie inside the boundary. */
    public boolean includesScope3() {
        return scope3;
    }

    /** {@code pledge.targetBoundary.SCOPE_1_2} and so on. */
    public String messageKey() {
        return "pledge.targetBoundary." + name();
    }
}
