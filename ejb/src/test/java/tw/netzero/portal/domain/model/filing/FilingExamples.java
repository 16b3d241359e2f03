package tw.netzero.portal.domain.model.filing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import tw.netzero.portal.domain.model.shared.Scope;
import tw.netzero.portal.domain.model.shared.Scope3Category;

/** Filing content and evidence files for the unit and in-container tests. */
public final class FilingExamples {

    public static final byte[] PDF =
            "%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    public static final byte[] PNG =
            {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};
    public static final byte[] JPEG =
            {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, 'J', 'F', 'I', 'F', 0};
    public static final byte[] CSV = "scope,tCO2e\n範疇一,1234.5\nscope 2 (market),800\n".getBytes(StandardCharsets.UTF_8);

    private FilingExamples() {
    }

    /**
     * A complete filing: scope 1 1000, scope 2 500 (location) / 400 (market), scope 3 categories
     * 1 and 4 reported (100 + 50.5), 15 not evaluated, the rest not relevant; scope 1 verified.
     * Total for on-track: 1550.5 tCO2e.
     */
    public static FilingDraft complete() {
        Map<Scope3Category, FilingDraft.Scope3Figure> scope3 = new EnumMap<>(Scope3Category.class);
        for (Scope3Category category : Scope3Category.values()) {
            scope3.put(category,
                    new FilingDraft.Scope3Figure(Scope3EntryStatus.NOT_RELEVANT, null, "No such activity"));
        }
        scope3.put(Scope3Category.PURCHASED_GOODS_AND_SERVICES,
                new FilingDraft.Scope3Figure(Scope3EntryStatus.REPORTED, new BigDecimal("100"), null));
        scope3.put(Scope3Category.UPSTREAM_TRANSPORTATION_AND_DISTRIBUTION,
                new FilingDraft.Scope3Figure(Scope3EntryStatus.REPORTED, new BigDecimal("50.5"), null));
        scope3.put(Scope3Category.INVESTMENTS,
                new FilingDraft.Scope3Figure(Scope3EntryStatus.NOT_EVALUATED, null, "Portfolio data due in 2026"));
        return new FilingDraft(new BigDecimal("1000"), new BigDecimal("500"), new BigDecimal("400"), scope3,
                new BigDecimal("12500.250"), new BigDecimal("18.5"), " Replaced two boilers with heat pumps. ",
                Map.of(Scope.SCOPE_1, new FilingDraft.Assurance(AssuranceLevel.REASONABLE, "Formosa Verification Co.",
                        "ISO 14064-3")));
    }

    /** The draft with another scope 1 figure. */
    public static FilingDraft withScope1(FilingDraft draft, String tonnes) {
        return new FilingDraft(new BigDecimal(tonnes), draft.scope2LocationBased(), draft.scope2MarketBased(),
                draft.scope3(), draft.energyMwh(), draft.renewableSharePercent(), draft.reductionActions(),
                draft.verification(), draft.productionOutput(), draft.productionUnit(), draft.netRevenueMillionNtd());
    }

    /** The draft with one scope 3 category changed. */
    public static FilingDraft withScope3(FilingDraft draft, Scope3Category category, FilingDraft.Scope3Figure figure) {
        Map<Scope3Category, FilingDraft.Scope3Figure> scope3 = new EnumMap<>(draft.scope3());
        scope3.put(category, figure);
        return new FilingDraft(draft.scope1(), draft.scope2LocationBased(), draft.scope2MarketBased(), scope3,
                draft.energyMwh(), draft.renewableSharePercent(), draft.reductionActions(), draft.verification(),
                draft.productionOutput(), draft.productionUnit(), draft.netRevenueMillionNtd());
    }

    /** A PDF of exactly {@code size} bytes. */
    public static byte[] pdf(int size) {
        return Arrays.copyOf(PDF, size);
    }

    /** A minimal Office Open XML workbook package. */
    public static byte[] workbook() {
        return zip("[Content_Types].xml", "_rels/.rels", "docProps/app.xml", "xl/workbook.xml",
                "xl/worksheets/sheet1.xml");
    }

    public static byte[] zip(String... entries) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (String entry : entries) {
                zip.putNextEntry(new ZipEntry(entry));
                zip.write(("<part name=\"" + entry + "\"/>").getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
