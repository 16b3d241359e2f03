package tw.netzero.portal.web.support;

import jakarta.faces.FacesException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import java.io.IOException;
import java.util.Iterator;
import java.util.logging.Logger;

/**
 * An ajax form post that fails because the database is out of reach (issue 15, item 1) goes to the
 * "try again shortly" page rather than the general error page. Wraps PrimeFaces' handler (declared
 * after it in faces-config.xml); full-page requests reach {@link DatabaseUnavailableFilter} instead.
 */
public class DatabaseUnavailableExceptionHandlerFactory extends ExceptionHandlerFactory {

    private static final Logger LOG = Logger.getLogger(DatabaseUnavailableExceptionHandlerFactory.class.getName());

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
            if (context != null && context.getPartialViewContext().isAjaxRequest()) {
                Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
                while (events.hasNext()) {
                    Throwable failure = events.next().getContext().getException();
                    if (DatabaseUnavailable.causedIt(failure)) {
                        events.remove();
                        tryAgain(context, failure);
                        return;
                    }
                }
            }
            getWrapped().handle();
        }

        private static void tryAgain(FacesContext context, Throwable failure) {
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
