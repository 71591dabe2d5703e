/**
 * The account rep dashboard's domain side: rep accounts with Argon2id password hashes,
 * and the orders a rep may see and act on (only those naming them as account rep).
 */
package com.setupflow.order.dashboard;
