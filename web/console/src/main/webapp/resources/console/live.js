/*
 * Live pages: listens on the console's activity web socket (ActivitySocket) and, when the agents did something,
 * calls the page's remote command that re-reads its figures. The socket is reconnected when it closes (a
 * restart, a redeployment, a network hiccup), and a page that was disconnected re-reads its figures once it is
 * back, since it may have missed a message meanwhile.
 */
(function () {
    'use strict';
    var marker = document.querySelector('[data-live-socket]');
    if (!marker || !window.WebSocket) {
        return;
    }
    var address = (location.protocol === 'https:' ? 'wss://' : 'ws://') + location.host
        + marker.getAttribute('data-live-socket');
    var command = marker.getAttribute('data-live-command');
    var delay = 1000;
    var missed = false;

    function reread() {
        if (typeof window[command] === 'function') {
            window[command]();
        }
    }

    function connect() {
        var socket = new WebSocket(address);
        socket.onopen = function () {
            delay = 1000;
            marker.setAttribute('data-live-state', 'listening');
            if (missed) {
                missed = false;
                reread();
            }
        };
        socket.onmessage = reread;
        socket.onclose = function () {
            marker.setAttribute('data-live-state', 'reconnecting');
            missed = true;
            setTimeout(connect, delay);
            delay = Math.min(delay * 2, 30000);
        };
    }

    connect();
})();
