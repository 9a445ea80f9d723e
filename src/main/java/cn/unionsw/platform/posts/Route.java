package cn.unionsw.platform.posts;

/**
 * Which reviews an application passes (DOMAIN.md §2): a county's unit goes city → province; a city's own posts
 * and a directly administered city's units (Dingzhou, Xinji; Art. 38) go straight to the province.
 */
public enum Route {
  COUNTY,
  CITY,
  DIRECT_CITY
}
