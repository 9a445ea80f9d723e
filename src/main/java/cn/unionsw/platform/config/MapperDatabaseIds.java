package cn.unionsw.platform.config;

import java.util.Properties;
import org.apache.ibatis.mapping.DatabaseIdProvider;
import org.apache.ibatis.mapping.VendorDatabaseIdProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Lets a mapper of the platform give a statement of its own for MySQL and MariaDB ({@code databaseId = "mysql"})
 * where the portable one would behave worse there; every other statement is the same on every database.
 */
@Configuration
class MapperDatabaseIds {

  @Bean
  DatabaseIdProvider databaseIdProvider() {
    Properties vendors = new Properties();
    vendors.setProperty("MySQL", "mysql");
    vendors.setProperty("MariaDB", "mysql");
    VendorDatabaseIdProvider provider = new VendorDatabaseIdProvider();
    provider.setProperties(vendors);
    return provider;
  }
}
