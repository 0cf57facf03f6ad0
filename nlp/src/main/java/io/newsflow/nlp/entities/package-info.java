/** Named entities: recognition of names in paragraphs, and linking of mentions to canonical entities. */
package io.newsflow.nlp.entities;
