package org.cxworkbench.cli.internal;

import org.cxworkbench.cli.CommandContext;
import org.cxworkbench.cli.Cxw;
import org.cxworkbench.cli.internal.launch.LazyBundles;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * The OSGi application behind the {@code cxw} launch script ({@code -application org.cxworkbench.cli.cxw}).
 * Its return value becomes the process's exit code.
 */
public final class CxwApplication implements IApplication {

    @Override
    public Object start(IApplicationContext context) {
        String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
        context.applicationRunning();
        String[] arguments = args == null ? new String[0] : args;
        // SPI Fly is not started with the framework (the launch script's list): only for the commands that may need it
        Bundle self = FrameworkUtil.getBundle(CxwApplication.class);
        if (self != null && self.getBundleContext() != null && LazyBundles.needed(arguments)) {
            LazyBundles.start(self.getBundleContext(), System.err);
        }
        Cxw cxw = new Cxw(BuiltInCommands.all());
        int exitCode = cxw.run(arguments, new CommandContext(System.out, System.err, false));
        System.out.flush();
        return Integer.valueOf(exitCode);
    }

    @Override
    public void stop() {
        // Commands are short-lived and run on the launcher's thread; there is nothing to interrupt.
    }
}
