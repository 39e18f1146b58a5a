package org.branchledger.bench;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/** The baseline of the start-up benchmark: a bare JavaFX window, started the way the app starts. */
public final class HelloWindow {
    private HelloWindow() {
    }

    public static void main(String[] args) {
        Platform.startup(() -> {
            Stage stage = new Stage();
            stage.setScene(new Scene(new Label("hello"), 400, 200));
            stage.show();
            Platform.runLater(() -> {
                System.out.println("READY");
                System.out.flush();
                Platform.exit();
            });
        });
    }
}
