package org.branchledger.core.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import org.branchledger.core.i18n.Messages;

/** Loads an FXML view that sits beside its controller, with the message bundle and the factory. */
public final class Views {
    private final ControllerFactory controllers;

    public Views(ControllerFactory controllers) {
        this.controllers = controllers;
    }

    /** A loaded view and its controller. */
    public record View<T>(Parent root, T controller) {
    }

    /** Loads {@code <ControllerName minus "Controller">.fxml} from the controller's package. */
    public Parent load(Class<?> controllerType) {
        return loadView(controllerType).root();
    }

    /** Like {@link #load}, also handing back the controller the factory built. */
    public <T> View<T> loadView(Class<T> controllerType) {
        String name = controllerType.getSimpleName().replaceFirst("Controller$", "") + ".fxml";
        URL url = controllerType.getResource(name);
        if (url == null) {
            throw new IllegalStateException("missing view " + name + " beside " + controllerType.getName());
        }
        FXMLLoader loader = new FXMLLoader(url, Messages.bundle());
        loader.setControllerFactory(controllers);
        try {
            Parent root = loader.load();
            Wrapping.settle(root);
            return new View<>(root, controllerType.cast(loader.getController()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load " + url, e);
        }
    }
}
