package com.agora.it;

/**
 * Every console story again in a window 1024 px wide, the smallest laptop screen: the columns that matter stay
 * readable and every button a story clicks is still inside the window.
 */
class ConsoleBrowserAt1024IT extends ConsoleBrowserIT {

    @Override
    int windowWidth() {
        return 1024;
    }
}
