package tw.netzero.portal.web.support;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;

/** Content types of files the portal sends (evidence, downloads). */
public final class ContentTypes {

    private ContentTypes() {
    }

    /**
     * Sets the type as given. web.xml makes UTF-8 every response's default encoding (pages need
     * it), which the container would otherwise append to binary types such as PDF or XLSX.
     */
    public static void set(HttpServletResponse response, String contentType) {
        response.setContentType(contentType);
        if (!contentType.toLowerCase(Locale.ROOT).contains("charset=")) {
            response.setCharacterEncoding((String) null);
        }
    }
}
