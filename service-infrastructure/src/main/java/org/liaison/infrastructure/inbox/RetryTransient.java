package org.liaison.infrastructure.inbox;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a consumer method (outside its {@code @Transactional}): a transient database failure — a lost connection, a
 * deadlock, a serialization failure, a lock timeout — is retried in a fresh transaction with backoff, instead of the
 * record going straight to the dead-letter topic. Anything else, or the last attempt, still dead-letters it.
 */
@InterceptorBinding
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface RetryTransient {
}
