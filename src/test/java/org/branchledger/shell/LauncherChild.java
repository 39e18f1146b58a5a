package org.branchledger.shell;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.branchledger.core.db.DataFolder;

/**
 * Runs the real window start in a JVM of its own. The password prompt is answered with {@code args[1]}
 * after a window has been shown and closed, as the real password dialog does.
 */
public final class LauncherChild {
    private LauncherChild() {
    }

    public static void main(String[] args) {
        char[] password = args.length > 1 ? args[1].toCharArray() : null;
        System.exit(DesktopLauncher.launch(new DataFolder(Path.of(args[0])), Optional.empty(), Optional.empty(), folder -> {
            CountDownLatch answered = new CountDownLatch(1);
            Platform.runLater(() -> {
                Stage prompt = new Stage();
                prompt.setScene(new Scene(new Label("password"), 200, 80));
                prompt.show();
                prompt.hide();
                answered.countDown();
            });
            try {
                answered.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return password;
        }));
    }
}
