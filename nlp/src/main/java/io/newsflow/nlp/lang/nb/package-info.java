/** Norwegian (Bokmål, also serving Nynorsk): lexicons, models and the language pack that wires them. */
package io.newsflow.nlp.lang.nb;
