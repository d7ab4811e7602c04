package org.cxworkbench.cli.internal;

import java.util.List;

import org.cxworkbench.cli.Command;
import org.cxworkbench.cli.internal.comments.CommentsCommand;
import org.cxworkbench.cli.internal.demo.DemoCommand;
import org.cxworkbench.cli.internal.metrics.CompareCommand;
import org.cxworkbench.cli.internal.metrics.ScoreCommand;
import org.cxworkbench.cli.internal.store.GenerateCommand;
import org.cxworkbench.cli.internal.store.ImportCommand;
import org.cxworkbench.cli.internal.server.ServerCommand;
import org.cxworkbench.cli.internal.server.StoreCommand;
import org.cxworkbench.cli.internal.store.ReportCommand;

/**
 * The commands {@code cxw} ships with. One place, so that the launch script and the tests build the same table;
 * each capability (validate, import, score, report, server, demo) adds its command here.
 */
public final class BuiltInCommands {

    private BuiltInCommands() {
    }

    public static List<Command> all() {
        return List.of(new ValidateCommand(), new MapCommand(), new ScoreCommand(), new CompareCommand(), new ImportCommand(),
                new GenerateCommand(), new ReportCommand(), new ServerCommand(), new DemoCommand(),
                new org.cxworkbench.cli.internal.followups.FollowUpsCommand(), new StoreCommand(),
                new CommentsCommand(),
                new org.cxworkbench.cli.internal.drivers.DriversCommand(),
                new org.cxworkbench.cli.internal.drivers.AccountsCommand(),
                new org.cxworkbench.cli.internal.drivers.SegmentsCommand(),
                new org.cxworkbench.cli.internal.plugins.PluginsCommand());
    }
}
