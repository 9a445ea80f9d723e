package cn.unionsw.platform.procurement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

/** The purchase rounds' tables (V41); the statements with lists are in {@code RoundMapper.xml} beside it. */
@Mapper
interface RoundMapper {

  String ROUND = "select id, process_instance_id, case_number, city_code, round_year, service_start, status, budget, "
      + "method, method_reason, price_weight, capability_weight, quality_weight, benefit_weight, weights_version, "
      + "published_at, published_by, winner_id, scored_at, awarded_by, award_comment, closed_at, close_reason, "
      + "started_by, started_at from procurement_round ";
  String ESTIMATE = "select id, round_id, purchaser_code, post_count, annual_cost, term_cost, detail, contact_person, "
      + "contact_phone, funding_note, filed_by, filed_at from procurement_estimate ";
  String BID = "select b.id, b.round_id, b.contractor_id, c.credit_code, c.name, b.price, b.subcontracting, b.valid, "
      + "b.invalid_reason, b.price_score, b.total_score, b.bid_rank, b.recorded_by, b.recorded_at "
      + "from procurement_bid b join contractor c on c.id = b.contractor_id ";

  record RoundRow(Long id, String processInstanceId, String caseNumber, String cityCode, Integer roundYear,
      LocalDate serviceStart, RoundStatus status, BigDecimal budget, ProcurementMethod method, String methodReason,
      BigDecimal priceWeight, BigDecimal capabilityWeight, BigDecimal qualityWeight, BigDecimal benefitWeight,
      Integer weightsVersion, LocalDateTime publishedAt, String publishedBy, Long winnerId, LocalDateTime scoredAt,
      String awardedBy, String awardComment, LocalDateTime closedAt, String closeReason, String startedBy,
      LocalDateTime startedAt) {
  }

  record EstimateRow(Long id, Long roundId, String purchaserCode, Integer postCount, BigDecimal annualCost,
      BigDecimal termCost, String detail, String contactPerson, String contactPhone, String fundingNote,
      String filedBy, LocalDateTime filedAt) {
  }

  record BidRow(Long id, Long roundId, Long contractorId, String creditCode, String contractorName, BigDecimal price,
      Boolean subcontracting, Boolean valid, String invalidReason, BigDecimal priceScore, BigDecimal totalScore,
      Integer rank, String recordedBy, LocalDateTime recordedAt) {
  }

  record ScoreRow(Long bidId, Integer expertNo, BigDecimal capability, BigDecimal quality, BigDecimal benefit) {
  }

  /** A new round (read back by its process instance, which is unique). */
  @Insert("insert into procurement_round (process_instance_id, case_number, city_code, round_year, service_start, "
      + "status, started_by, started_at) values (#{processInstanceId}, #{caseNumber}, #{cityCode}, #{roundYear}, "
      + "#{serviceStart}, 'ESTIMATING', #{by}, #{at})")
  void insertRound(@Param("processInstanceId") String processInstanceId, @Param("caseNumber") String caseNumber,
      @Param("cityCode") String cityCode, @Param("roundYear") int roundYear,
      @Param("serviceStart") LocalDate serviceStart, @Param("by") String by, @Param("at") LocalDateTime at);

  @Select(ROUND + "where id = #{id}")
  Optional<RoundRow> round(long id);

  @Select(ROUND + "where process_instance_id = #{processInstanceId}")
  Optional<RoundRow> roundOf(String processInstanceId);

  /** The round, locked until the transaction ends: its steps take turns. */
  @Select(ROUND + "where id = #{id} for update")
  Optional<RoundRow> lock(long id);

  /** The city's organisation row, locked: two rounds opening for one city take turns. */
  @Select("select code from org_unit where code = #{code} for update")
  String lockCity(String code);

  @Select(ROUND + "where city_code = #{cityCode} and status in ('ESTIMATING', 'PLANNED', 'PUBLISHED', 'SCORED')")
  List<RoundRow> openRoundsOf(String cityCode);

  /** Rounds a user may see: of a city within reach, or with a purchaser within reach (orgs given as prefixes). */
  List<RoundRow> roundsReaching(@Param("orgs") List<String> orgs, @Param("all") boolean all);

  @Update("update procurement_round set status = 'PLANNED', budget = #{budget} where id = #{id}")
  void planned(@Param("id") long id, @Param("budget") BigDecimal budget);

  @Update("update procurement_round set status = 'PUBLISHED', method = #{method}, method_reason = #{reason}, "
      + "price_weight = #{w.price}, capability_weight = #{w.capability}, quality_weight = #{w.quality}, "
      + "benefit_weight = #{w.benefit}, weights_version = #{version}, published_at = #{at}, published_by = #{by} "
      + "where id = #{id}")
  void published(@Param("id") long id, @Param("method") ProcurementMethod method, @Param("reason") String reason,
      @Param("w") ScoringResult.Weights weights, @Param("version") int version, @Param("at") LocalDateTime at,
      @Param("by") String by);

  @Update("update procurement_round set awarded_by = #{by}, award_comment = #{comment} where id = #{id}")
  void awarded(@Param("id") long id, @Param("by") String by, @Param("comment") String comment);

  @Update("update procurement_round set status = 'SCORED', scored_at = #{at}, winner_id = #{winnerId} "
      + "where id = #{id}")
  void scored(@Param("id") long id, @Param("winnerId") Long winnerId, @Param("at") LocalDateTime at);

  @Update("update procurement_round set status = #{status}, closed_at = #{at}, close_reason = #{reason} "
      + "where id = #{id}")
  void closed(@Param("id") long id, @Param("status") RoundStatus status, @Param("at") LocalDateTime at,
      @Param("reason") String reason);

  /** A purchaser's estimate (read back by round and purchaser, which are unique). */
  @Insert("insert into procurement_estimate (round_id, purchaser_code, post_count, annual_cost, term_cost, detail) "
      + "values (#{roundId}, #{purchaser}, #{postCount}, #{annualCost}, #{termCost}, #{detail})")
  void insertEstimate(@Param("roundId") long roundId, @Param("purchaser") String purchaser,
      @Param("postCount") int postCount, @Param("annualCost") BigDecimal annualCost,
      @Param("termCost") BigDecimal termCost, @Param("detail") String detail);

  void insertEstimatePosts(@Param("estimateId") long estimateId, @Param("postIds") List<Long> postIds);

  @Select(ESTIMATE + "where round_id = #{roundId} order by purchaser_code")
  List<EstimateRow> estimates(long roundId);

  @Select(ESTIMATE + "where round_id = #{roundId} and purchaser_code = #{purchaser}")
  Optional<EstimateRow> estimate(@Param("roundId") long roundId, @Param("purchaser") String purchaser);

  @Update("update procurement_estimate set contact_person = #{person}, contact_phone = #{phone}, "
      + "funding_note = #{note}, filed_by = #{by}, filed_at = #{at} where id = #{id} and filed_at is null")
  int file(@Param("id") long id, @Param("person") String person, @Param("phone") String phone,
      @Param("note") String note, @Param("by") String by, @Param("at") LocalDateTime at);

  @Select("select post_id from procurement_estimate_post where estimate_id = #{estimateId} order by post_id")
  List<Long> estimatePosts(long estimateId);

  /**
   * Of the given posts, those already held: in an open round's estimate, or under an ACTIVE contract still running on
   * {@code from} (the new round's service start).
   */
  List<Long> heldPosts(@Param("postIds") List<Long> postIds, @Param("from") LocalDate from);

  /** A bid (read back by round and contractor, which are unique). */
  @Insert("insert into procurement_bid (round_id, contractor_id, price, subcontracting, recorded_by, recorded_at) "
      + "values (#{roundId}, #{contractorId}, #{price}, #{subcontracting}, #{by}, #{at})")
  void insertBid(@Param("roundId") long roundId, @Param("contractorId") long contractorId,
      @Param("price") BigDecimal price, @Param("subcontracting") boolean subcontracting, @Param("by") String by,
      @Param("at") LocalDateTime at);

  @Select("select id from procurement_bid where round_id = #{roundId} and contractor_id = #{contractorId}")
  Optional<Long> bidId(@Param("roundId") long roundId, @Param("contractorId") long contractorId);

  void insertScores(@Param("bidId") long bidId, @Param("scores") List<ScoringRequest.ExpertScores> scores);

  @Select(BID + "where b.round_id = #{roundId} order by b.id")
  List<BidRow> bids(long roundId);

  @Select("select s.bid_id, s.expert_no, s.capability, s.quality, s.benefit from procurement_bid_score s "
      + "join procurement_bid b on b.id = s.bid_id where b.round_id = #{roundId} order by s.bid_id, s.expert_no")
  List<ScoreRow> scores(long roundId);

  @Update("update procurement_bid set valid = #{valid}, invalid_reason = #{reason}, price_score = #{priceScore}, "
      + "total_score = #{total}, bid_rank = #{rank} where id = #{id}")
  void scoreBid(@Param("id") long id, @Param("valid") boolean valid, @Param("reason") String reason,
      @Param("priceScore") BigDecimal priceScore, @Param("total") BigDecimal total, @Param("rank") Integer rank);

  @Select("select id from contractor where credit_code = #{creditCode}")
  Long contractorId(String creditCode);
}
