package cn.unionsw.platform.config;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;
import org.camunda.bpm.engine.rest.mapper.JacksonConfigurator;

/**
 * One JSON mapper for engine REST and the web apps' engine API, configured as Camunda configures its own.
 *
 * <p>Camunda's {@link JacksonConfigurator} answers every look-up with a new {@code ObjectMapper}, and its resources
 * and Jackson's body reader and writer look the mapper up for every request. A new mapper has no serializers or
 * deserializers yet, so each request made Jackson introspect the classes it reads and writes afresh (the query DTOs,
 * {@code TaskDto}, the HAL resources): a twentieth of the CPU of a Tasklist filter's page in a profile of the
 * platform (docs/benchmarks.md). A configured {@code ObjectMapper} is safe to share between threads, and Camunda
 * never changes the one it is given: it reads with it, writes with it and hands it to its query DTOs. Jersey asks
 * the resolvers of a type in order of priority, so this one, of a higher priority, answers before Camunda's.
 */
@Provider
@Produces({"application/json", "application/hal+json"})
@Priority(1)
public class EngineRestJson implements ContextResolver<ObjectMapper> {

  /** Camunda's configuration: its date format, and unknown and null properties as its resources expect them. */
  static final ObjectMapper MAPPER = JacksonConfigurator.configureObjectMapper(new ObjectMapper());

  @Override
  public ObjectMapper getContext(Class<?> type) {
    return MAPPER;
  }
}
