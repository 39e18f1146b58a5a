package org.branchledger.testing;

import java.lang.reflect.Field;
import javafx.geometry.Point2D;
import org.testfx.api.FxRobot;
import org.testfx.api.FxRobotContext;
import org.testfx.robot.Motion;
import org.testfx.robot.MouseRobot;
import org.testfx.robot.MoveRobot;
import org.testfx.robot.impl.ClickRobotImpl;
import org.testfx.robot.impl.DragRobotImpl;
import org.testfx.service.query.PointQuery;

/**
 * The robot of the window tests: TestFX's own, except that the mouse goes straight to where it is sent. TestFX
 * moves it there in up to 200 steps, each a mouse event the window picks a node for and restyles hover on: in
 * the headless software renderer that was much of a window test's CPU (issue 19). What is clicked, typed and
 * checked is the same; only the path of the pointer between two places is gone. Typing waits for the window
 * to take each key, as TestFX does, without its extra 25 ms after every character.
 */
public class QuickRobot extends FxRobot {
    public QuickRobot() {
        FxRobotContext context = robotContext();
        MouseRobot mouse = context.getMouseRobot();
        MoveRobot direct = new MoveRobot() {
            @Override
            public void moveTo(PointQuery pointQuery, Motion motion) {
                mouse.move(pointQuery.query());
            }

            @Override
            public void moveBy(double x, double y, Motion motion) {
                Point2D at = context.getBaseRobot().retrieveMouse();
                mouse.move(new Point2D(at.getX() + x, at.getY() + y));
            }
        };
        replace(context, "moveRobot", direct);
        replace(context, "clickRobot", new ClickRobotImpl(mouse, direct, context.getSleepRobot()));
        replace(context, "dragRobot", new DragRobotImpl(mouse, direct));
    }

    @Override
    public FxRobot write(String text) {
        return write(text, 0);
    }

    private static void replace(FxRobotContext context, String field, Object robot) {
        try {
            Field f = FxRobotContext.class.getDeclaredField(field);
            f.setAccessible(true);
            f.set(context, robot);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("TestFX's robot context changed: " + field, e);
        }
    }
}
