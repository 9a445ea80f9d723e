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
 * <p>Camunda's {@link JacksonConfigurator} answers every look-up with a new {@code ObjectMapper}, and Camunda's
 * resources look the mapper up for every request: each REST service and sub-resource when it is made, each query DTO
 * read from the request (a Tasklist filter's query among them), each conversion of a parameter. A new mapper has no
 * serializers or deserializers yet, so each request made Jackson introspect the classes it reads afresh: a twentieth
 * of the CPU of a Tasklist filter's page in a profile of the platform (docs/benchmarks.md). A configured
 * {@code ObjectMapper} is safe to share between threads, and Camunda never changes the one it is given: it reads
 * with it, writes with it and hands it to its query DTOs. Jersey asks the resolvers of a type by rank, highest
 * first; this one's {@code @Priority(1)} ranks above Camunda's, which has none ({@code EngineRestJsonIT} checks both
 * doors). Camunda's date format is read once, when this class is loaded: the platform never changes it.
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
