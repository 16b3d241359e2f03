package tw.netzero.portal.web.support;

import jakarta.faces.FacesException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.faces.event.PhaseId;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Iterator;
import java.util.logging.Logger;

/**
 * A form post that fails because the database is out of reach (issue 15, item 1) shows the same page
 * again with the member's entries kept and a "try again shortly" message (answered 503 with
 * Retry-After when it is a full-page post), rather than the general error page. Where there is no
 * view to show again (the failure came while restoring or rendering it), the request goes to the
 * "try again shortly" page. Wraps PrimeFaces' handler (declared after it in faces-config.xml), which
 * would otherwise answer any failure, ajax or not, with the general error page; requests that fail
 * outside Faces reach {@link DatabaseUnavailableFilter}.
 */
public class DatabaseUnavailableExceptionHandlerFactory extends ExceptionHandlerFactory {

    private static final Logger LOG = Logger.getLogger(DatabaseUnavailableExceptionHandlerFactory.class.getName());
    /** The global messages of WEB-INF/templates/page.xhtml. */
    private static final String TEMPLATE_MESSAGES = "messages";

    public DatabaseUnavailableExceptionHandlerFactory(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new Handler(getWrapped().getExceptionHandler());
    }

    private static final class Handler extends ExceptionHandlerWrapper {

        Handler(ExceptionHandler wrapped) {
            super(wrapped);
        }

        @Override
        public void handle() {
            FacesContext context = FacesContext.getCurrentInstance();
            if (context != null) {
                Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
                while (events.hasNext()) {
                    Throwable failure = events.next().getContext().getException();
                    if (DatabaseUnavailable.causedIt(failure)) {
                        events.remove();
                        if (canShowAgain(context)) {
                            showAgain(context, failure);
                        } else {
                            tryAgainPage(context, failure);
                            return;
                        }
                    }
                }
            }
            getWrapped().handle();
        }

        /** A view restored and not yet being written: it can be rendered again with the entries as sent. */
        private static boolean canShowAgain(FacesContext context) {
            PhaseId phase = context.getCurrentPhaseId();
            return context.getViewRoot() != null && phase != PhaseId.RESTORE_VIEW && phase != PhaseId.RENDER_RESPONSE
                    && !context.getExternalContext().isResponseCommitted();
        }

        private static void showAgain(FacesContext context, Throwable failure) {
            LOG.warning(() -> "Database out of reach, form shown again with its entries: " + failure);
            String text = Messages.text(context.getViewRoot().getLocale(), "error.tryAgain.inPlace");
            context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
            context.validationFailed();
            if (context.getPartialViewContext().isAjaxRequest()) {
                // Whatever the button updates, the template's messages show the text; the answer stays 200
                // for the page's script to apply it.
                context.getPartialViewContext().getRenderIds().add(TEMPLATE_MESSAGES);
            } else {
                ExternalContext external = context.getExternalContext();
                external.setResponseStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
                external.setResponseHeader("Retry-After", String.valueOf(DatabaseUnavailable.RETRY_AFTER_SECONDS));
            }
            context.renderResponse();
        }

        private static void tryAgainPage(FacesContext context, Throwable failure) {
            ExternalContext external = context.getExternalContext();
            LOG.warning(() -> "Database out of reach, form sent to the try-again page: " + failure);
            try {
                external.redirect(external.getRequestContextPath() + DatabaseUnavailableFilter.TRY_AGAIN_PAGE);
            } catch (IOException e) {
                throw new FacesException(e);
            }
            context.responseComplete();
        }
    }
}
