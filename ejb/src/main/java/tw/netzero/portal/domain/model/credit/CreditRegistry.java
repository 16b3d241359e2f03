package tw.netzero.portal.domain.model.credit;

/**
 * The registry that issued and retired a block of carbon credits. Serial numbers are unique only
 * within one registry, so overlapping serial ranges are compared within the same registry alone.
 * The Taiwan Carbon Solution Exchange (TCX, Kaohsiung) trades both domestic offset credits and
 * international ones, which stay on the registry that issued them.
 */
public enum CreditRegistry {
    /** Taiwan's domestic offset projects under the Climate Change Response Act (MOENV). */
    TAIWAN_MOENV,
    /** Verra, Verified Carbon Standard (VCUs). */
    VERRA,
    /** Gold Standard (VERs). */
    GOLD_STANDARD,
    /** American Carbon Registry. */
    AMERICAN_CARBON_REGISTRY
}
