package tw.netzero.portal.domain.model.idempotency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import tw.netzero.portal.domain.model.shared.FieldRuleViolation;

/**
 * The Idempotency-Key (IETF draft "The Idempotency-Key HTTP Header Field": a client-chosen string,
 * typically a UUID) and the fingerprint that tells a retry from another request under the same key.
 */
class IdempotentRequestTest {

    private static final IdempotencyKey KEY = new IdempotencyKey("8e03978e-40d5-43e8-bc93-6894a57f9324");

    @Test
    void aKeyIsOneTo255VisibleAsciiCharacters() {
        assertEquals("a", new IdempotencyKey("a").value());
        assertEquals(255, new IdempotencyKey("k".repeat(255)).value().length());
        for (String refused : new String[] {"", "two words", "k".repeat(256), "鍵", "tab\there", null}) {
            FieldRuleViolation violation = assertThrows(FieldRuleViolation.class, () -> new IdempotencyKey(refused));
            assertEquals("Idempotency-Key", violation.field());
            assertEquals("idempotency.key.invalid", violation.messageKey());
        }
    }

    @Test
    void theSameRequestHasTheSameFingerprintAndAnyChangeAnother() {
        IdempotentRequest request = IdempotentRequest.of(KEY, 0, "PUT", "/api/f/2024", "{\"scope1\":1}");

        assertEquals(request, IdempotentRequest.of(KEY, 0, "PUT", "/api/f/2024", "{\"scope1\":1}"));
        assertEquals(64, request.requestSha256().length());
        assertNotEquals(request.requestSha256(),
                IdempotentRequest.of(KEY, 0, "PUT", "/api/f/2024", "{\"scope1\":2}").requestSha256());
        assertNotEquals(request.requestSha256(),
                IdempotentRequest.of(KEY, 0, "PUT", "/api/f/2023", "{\"scope1\":1}").requestSha256());
        assertNotEquals(request.requestSha256(),
                IdempotentRequest.of(KEY, 0, "POST", "/api/f/2024", "{\"scope1\":1}").requestSha256());
    }

    @Test
    void eachFilingOfABatchIsAnItemOfTheSameRequest() {
        IdempotentRequest batch = IdempotentRequest.of(KEY, IdempotentRequest.SINGLE, "POST", "/api/f", "{}");

        IdempotentRequest second = batch.item(2);

        assertEquals(2, second.item());
        assertEquals(batch.requestSha256(), second.requestSha256());
        assertEquals(KEY, second.key());
        StoredAnswer kept = new StoredAnswer(batch.requestSha256(), 200, "{}");
        assertEquals(true, kept.answers(second.requestSha256()));
    }
}
