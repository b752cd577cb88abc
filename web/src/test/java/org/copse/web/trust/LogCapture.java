package org.copse.web.trust;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.StackTraceElementProxy;
import ch.qos.logback.core.AppenderBase;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.LoggerFactory;

/**
 * Every log line of this JVM but the trust tests' own (they name the probes they send, canary words
 * included), with the messages and stack frames of attached exceptions, from {@link #attach} to
 * {@link #close}. Attach it after Spring Boot has configured logging (Boot
 * resets Logback when a context starts).
 */
final class LogCapture extends AppenderBase<ILoggingEvent> implements AutoCloseable {
  private final List<String> lines = new ArrayList<>();

  static LogCapture attach() {
    LogCapture capture = new LogCapture();
    LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
    capture.setContext(context);
    capture.setName("trust-log-capture");
    capture.start();
    context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).addAppender(capture);
    return capture;
  }

  @Override
  protected synchronized void append(ILoggingEvent event) {
    if (event.getLoggerName().startsWith(LogCapture.class.getPackageName() + ".")) {
      return;
    }
    StringBuilder line = new StringBuilder(event.getLevel() + " " + event.getLoggerName() + " " + event.getFormattedMessage());
    for (IThrowableProxy cause = event.getThrowableProxy(); cause != null; cause = cause.getCause()) {
      line.append(" | ").append(cause.getClassName()).append(": ").append(cause.getMessage());
      for (StackTraceElementProxy frame : cause.getStackTraceElementProxyArray()) {
        line.append(" @ ").append(frame.getSTEAsString());
      }
    }
    lines.add(line.toString());
  }

  synchronized List<String> lines() {
    return List.copyOf(lines);
  }

  @Override
  public void close() {
    Logger root = ((LoggerContext) LoggerFactory.getILoggerFactory()).getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    root.detachAppender(this);
    stop();
  }
}
