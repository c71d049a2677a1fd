package com.agora.it;

import jakarta.inject.Inject;
import jakarta.jms.JMSContext;
import jakarta.jms.Queue;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * Part of the probe application: puts the posted text on an agent's queue ({@code POST /queues/<agent key>}), so a
 * test running outside the server can play an agent that is not built yet, or a broker redelivering an event.
 */
@WebServlet("/queues/*")
public class QueueDrop extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient JMSContext jms;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String agent = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
        String body = new String(request.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            Queue queue = (Queue) new InitialContext().lookup("jms/agora/" + agent);
            jms.createProducer().send(queue, body);
            response.setStatus(HttpServletResponse.SC_NO_CONTENT);
        } catch (NamingException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND, "no queue for agent '" + agent + "'");
        }
    }
}
