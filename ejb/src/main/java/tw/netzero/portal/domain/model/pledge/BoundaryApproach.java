package tw.netzero.portal.domain.model.pledge;

/** How the company draws its organisational boundary (GHG Protocol Corporate Standard, ch. 3). */
public enum BoundaryApproach {
    OPERATIONAL_CONTROL,
    FINANCIAL_CONTROL,
    EQUITY_SHARE
}
