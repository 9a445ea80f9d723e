package cn.unionsw.platform.procurement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

/** Contracts and their posts; the longer statements are in {@code ContractMapper.xml} beside this interface. */
@Mapper
interface ContractMapper {

  /** A contract with its contractor's code and name, columns in this order. */
  record Row(Long id, String contractNumber, Long roundId, String purchaserCode, Long contractorId,
      String contractorCreditCode, String contractorName, BigDecimal amount, LocalDate startsOn, LocalDate endsOn,
      ContractStatus status, LocalDateTime signedAt, Long predecessorId, LocalDate endedOn, String endReason) {
  }

  record ContractPost(Long contractId, Long postId) {
  }

  record PostRow(Long id, String unitCode, String status) {
  }

  /** A contract to insert; {@code id} is filled in by the insert. */
  final class NewContract {
    Long id;
    final String contractNumber;
    final long roundId;
    final String purchaserCode;
    final long contractorId;
    final BigDecimal amount;
    final LocalDate startsOn;
    final LocalDate endsOn;
    final LocalDateTime signedAt;
    final Long predecessorId;
    final String successionReason;

    NewContract(String contractNumber, long roundId, String purchaserCode, long contractorId, BigDecimal amount,
        LocalDate startsOn, LocalDate endsOn, LocalDateTime signedAt, Long predecessorId, String successionReason) {
      this.contractNumber = contractNumber;
      this.roundId = roundId;
      this.purchaserCode = purchaserCode;
      this.contractorId = contractorId;
      this.amount = amount;
      this.startsOn = startsOn;
      this.endsOn = endsOn;
      this.signedAt = signedAt;
      this.predecessorId = predecessorId;
      this.successionReason = successionReason;
    }

    public Long getId() {
      return id;
    }

    public void setId(Long id) {
      this.id = id;
    }
  }

  Optional<Row> find(@Param("id") long id);

  /** What a hire records of a contract, and whether it is ACTIVE and serves the post: one statement. */
  @Select("select c.contract_number, k.name as contractor_name, c.starts_on, c.ends_on, c.status = 'ACTIVE' and "
      + "exists (select 1 from procurement_contract_post p where p.contract_id = c.id and p.post_id = #{postId}) "
      + "as active_for_post from procurement_contract c join contractor k on k.id = c.contractor_id where c.id = #{id}")
  Optional<Contracts.Terms> terms(@Param("id") long contractId, @Param("postId") long postId);

  /** Holds the contract's row until the transaction ends: two changes of one contract take turns. */
  @Select("select id from procurement_contract where id = #{id} for update")
  Long lock(@Param("id") long id);

  List<Row> ofRound(@Param("roundId") long roundId);

  /** Contracts whose purchaser is one of {@code orgs} or below one (all when {@code everything}), newest first. */
  List<Row> within(@Param("everything") boolean everything, @Param("orgs") List<String> orgs,
      @Param("status") ContractStatus status);

  List<ContractPost> postsOf(@Param("ids") List<Long> contractIds);

  /** The posts, locked: two contracts for one post take turns, and the second sees the first. */
  List<PostRow> lockPosts(@Param("ids") List<Long> postIds);

  /** Which of these posts an ACTIVE contract serves on or after {@code from} (an expired one no longer holds them). */
  List<Long> underActiveContract(@Param("ids") List<Long> postIds, @Param("from") java.time.LocalDate from);

  @Select("select count(*) from procurement_round where id = #{id}")
  int roundCount(@Param("id") long roundId);

  @Select("select count(*) from contractor where id = #{id}")
  int contractorCount(@Param("id") long contractorId);

  @Select("select id from procurement_contract where predecessor_id = #{id}")
  List<Long> successorsOf(@Param("id") long id);

  void insert(@Param("c") NewContract contract);

  void insertPosts(@Param("id") long contractId, @Param("postIds") List<Long> postIds);

  /** Ends an ACTIVE contract; 0 when it was not active. */
  int end(@Param("id") long id, @Param("status") ContractStatus status, @Param("endedOn") LocalDate endedOn,
      @Param("reason") String reason, @Param("by") String by);
}
