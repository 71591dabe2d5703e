/**
 * The benchmark: the running system measured against baselines taken in the same run.
 */
package com.setupflow.benchmark;
