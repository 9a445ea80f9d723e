package cn.unionsw.platform.procurement;

import java.util.List;

/** A contractor as registered or updated: all of its qualifications, which replace those it held. */
record Registration(String creditCode, String name, ContractorKind kind, String provinceCode,
    List<Qualification> qualifications) {
}
