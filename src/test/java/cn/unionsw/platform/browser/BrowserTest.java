package cn.unionsw.platform.browser;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A test that drives the web apps in headless Chromium; put it beside {@code @PlatformIT}. Test methods take a
 * {@link Browser} parameter, pointed at the running platform. Without Chromium the tests skip with a message
 * saying how to install it, except in CI ({@code CI=true}), where they fail. A failing test leaves a screenshot
 * {@code FAILED-<test>.png} beside the others in {@code target/screenshots/<database>/}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ExtendWith(BrowserExtension.class)
public @interface BrowserTest {
}
