/** Tests of the local stack as a whole and of its command line, plus shared test clients and data. */
package io.newsflow.localstack;
