/** Test data shared by this module's tests: records of every type built from the reference article. */
package io.newsflow.testing;
