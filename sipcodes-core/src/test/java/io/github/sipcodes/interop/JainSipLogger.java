package io.github.sipcodes.interop;

import gov.nist.core.StackLogger;
import java.lang.System.Logger.Level;
import java.util.Properties;

/**
 * JAIN-SIP's stack logger, routed to {@link System.Logger}: errors only.
 *
 * <p>JAIN-SIP's default logger ({@code gov.nist.core.LogWriter}) needs log4j 1.x, which the RI declares as a
 * {@code provided} dependency, so it is not on the test classpath: without this class the stack cannot even be
 * created ({@code NoClassDefFoundError: org/apache/log4j/Priority}). The stack property
 * {@code gov.nist.javax.sip.STACK_LOGGER} names this class; JAIN-SIP instantiates it by reflection, hence public.
 */
public final class JainSipLogger implements StackLogger {

  private static final System.Logger LOG = System.getLogger("javax.sip");

  /** Called by JAIN-SIP through reflection. */
  public JainSipLogger() {}

  @Override
  public boolean isLoggingEnabled() {
    return true;
  }

  @Override
  public boolean isLoggingEnabled(int level) {
    return level <= TRACE_ERROR;
  }

  @Override
  public void logFatalError(String message) {
    LOG.log(Level.ERROR, message);
  }

  @Override
  public void logError(String message) {
    LOG.log(Level.ERROR, message);
  }

  @Override
  public void logError(String message, Exception cause) {
    LOG.log(Level.ERROR, message, cause);
  }

  @Override
  public void logException(Throwable cause) {
    LOG.log(Level.ERROR, "JAIN-SIP exception", cause);
  }

  @Override
  public void logWarning(String message) {
    // Dropped: on a stack without TLS settings JAIN-SIP warns about TLS on every start.
  }

  @Override
  public void logInfo(String message) {}

  @Override
  public void logDebug(String message) {}

  @Override
  public void logDebug(String message, Exception cause) {}

  @Override
  public void logTrace(String message) {}

  @Override
  public void logStackTrace() {}

  @Override
  public void logStackTrace(int level) {}

  @Override
  public int getLineCount() {
    return 0;
  }

  @Override
  public void disableLogging() {}

  @Override
  public void enableLogging() {}

  @Override
  public void setBuildTimeStamp(String timeStamp) {}

  @Override
  public void setStackProperties(Properties properties) {}

  @Override
  public String getLoggerName() {
    return "javax.sip";
  }
}
