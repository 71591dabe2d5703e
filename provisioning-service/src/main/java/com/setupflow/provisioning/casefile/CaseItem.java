package com.setupflow.provisioning.casefile;

import org.springframework.data.relational.core.mapping.Table;

/**
 * One ordered product of a case.
 *
 * @param sku catalogue SKU, such as {@code A-WX}
 * @param quantity number of licences
 */
@Table("provisioning_case_item")
public record CaseItem(String sku, int quantity) {

}
