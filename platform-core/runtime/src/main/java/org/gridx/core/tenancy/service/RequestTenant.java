package org.gridx.core.tenancy.service;

import jakarta.enterprise.context.RequestScoped;

/** Holds the tenant a request was admitted for; written once by the request filter. */
@RequestScoped
public class RequestTenant {

    private String code;

    public String code() {
        return code;
    }

    public void admit(String tenantCode) {
        if (code != null && !code.equals(tenantCode)) {
            throw new IllegalStateException("request already admitted for another tenant");
        }
        this.code = tenantCode;
    }
}
