package tw.netzero.portal.application;

/**
 * A record a member company keeps of its own, as its page reads it (the carbon credits, the MOENV
 * registry years): the read-only side of {@code domain.model.shared.CompanyRecord}, with what a
 * correction sends back to be refused if someone changed the record meanwhile.
 */
public interface CompanyRecordDetails {

    long id();

    long version();
}
