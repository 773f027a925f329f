package org.liaison.notify.delivery;

import io.netty.channel.EventLoop;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.impl.VertxInternal;
import java.util.concurrent.Executor;

/**
 * Runs tasks on one Vert.x event loop: the mail client's.
 *
 * <p>The Vert.x mail client must be called from an event loop. Called from any other thread (a worker, a scheduler,
 * the drainer's own thread) it now and then installs its socket's data handler only after the relay's {@code 220}
 * greeting has arrived: the greeting is dropped, the client waits for it, the relay waits for {@code EHLO}, and the
 * session stalls until the relay's idle timeout (30 s on GreenMail, 300 s on Postfix), which then answers
 * {@code 421}. Started on the event loop the connection is made on, connecting and installing the handler happen in
 * one task, before the greeting can be read. {@code SmtpStallTest} shows both.
 *
 * <p>One loop, not several: a pooled connection belongs to the loop it was opened on, and handed to a send started on
 * another loop its replies can race the handler the same way (the fan-out benchmark saw one 30-second stall in 2,000 emails
 * with four loops). Sending is I/O, not CPU: one loop keeps every connection of the pool busy.
 */
final class EventLoops implements Executor {

    private final Context context;

    private EventLoops(Context context) {
        this.context = context;
    }

    /**
     * Uses Vert.x's internal API: the public {@code getOrCreateContext()} answers the caller's own context, a worker
     * context when called from a worker.
     */
    static EventLoops of(Vertx vertx) {
        VertxInternal internal = (VertxInternal) vertx;
        EventLoop loop = (EventLoop) internal.getEventLoopGroup().next();
        return new EventLoops(internal.createEventLoopContext(loop, internal.getWorkerPool(), EventLoops.class.getClassLoader()));
    }

    @Override
    public void execute(Runnable task) {
        context.runOnContext(v -> task.run());
    }
}
