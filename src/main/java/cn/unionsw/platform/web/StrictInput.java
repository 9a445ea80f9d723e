package cn.unionsw.platform.web;

import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.math.BigDecimal;
import java.beans.PropertyEditorSupport;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.apache.catalina.filters.FailedRequestFilter;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Input is taken as written, never guessed at. Left to their defaults, Jackson and Spring read {@code 1.5} posts as
 * 1, {@code "type": 1} as the second organisation type, {@code "name": 123} as the text "123", {@code ""} as no
 * number, and a query's {@code days=0x10} as 16 or full-width {@code ０１２} as 12; Tomcat drops a query parameter
 * it cannot decode ({@code parent=%ZZ}) and answers as if it had not been sent. All of these are refused here.
 */
@Configuration
class StrictInput {

  private static final Pattern WHOLE = Pattern.compile("[+-]?[0-9]{1,19}");
  private static final Pattern DECIMAL = Pattern.compile("[+-]?[0-9]{1,40}(\\.[0-9]{1,40})?([eE][+-]?[0-9]{1,4})?");

  @Bean
  Jackson2ObjectMapperBuilderCustomizer jsonAsWritten() {
    return builder -> builder.postConfigurer(mapper -> {
      mapper.coercionConfigFor(LogicalType.Textual).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
          .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
          .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
      for (LogicalType type : List.of(LogicalType.Integer, LogicalType.Float, LogicalType.Boolean)) {
        mapper.coercionConfigFor(type).setCoercion(CoercionInputShape.String, CoercionAction.Fail)
            .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
      }
      mapper.coercionConfigFor(LogicalType.Integer).setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
      mapper.coercionConfigFor(LogicalType.Enum).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
    });
  }

  /** Tomcat's own filter: a request with a parameter Tomcat could not decode is a 400. */
  @Bean
  FilterRegistrationBean<FailedRequestFilter> undecodableParameters() {
    var registration = new FilterRegistrationBean<>(new FailedRequestFilter());
    registration.addUrlPatterns("/api/*", "/engine-rest/*");
    return registration;
  }

  /**
   * Numbers in a path or query: ASCII digits only. An editor, not a formatter: when a conversion-service formatter
   * refuses, Spring's data binder falls back to its default number editor, which reads hex and trims.
   */
  @ControllerAdvice(basePackages = "cn.unionsw.platform")
  static class StrictNumbers {

    @InitBinder
    void numbers(WebDataBinder binder) {
      binder.registerCustomEditor(Integer.class, new NumberEditor(WHOLE, Integer::valueOf));
      binder.registerCustomEditor(int.class, new NumberEditor(WHOLE, Integer::valueOf));
      binder.registerCustomEditor(Long.class, new NumberEditor(WHOLE, Long::valueOf));
      binder.registerCustomEditor(long.class, new NumberEditor(WHOLE, Long::valueOf));
      binder.registerCustomEditor(BigDecimal.class, new NumberEditor(DECIMAL, BigDecimal::new));
    }
  }

  private static final class NumberEditor extends PropertyEditorSupport {

    private final Pattern format;
    private final Function<String, ? extends Number> parse;

    NumberEditor(Pattern format, Function<String, ? extends Number> parse) {
      this.format = format;
      this.parse = parse;
    }

    @Override
    public void setAsText(String text) {
      if (text == null || text.isEmpty()) {
        setValue(null);
      } else if (format.matcher(text).matches()) {
        setValue(parse.apply(text)); // out of the type's range: NumberFormatException, an IllegalArgumentException
      } else {
        throw new IllegalArgumentException("not a number: " + Problems.quote(text));
      }
    }
  }
}
