/** The forums' Qute pages (phone-first, zh-CN and en). */
package org.gridx.modules.selfgovernance.forum.web;
