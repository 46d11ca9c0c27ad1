package io.pmi.platform.client;

/** Another service answered 404; a wrapper turns it into an empty result. */
public class DownstreamNotFoundException extends DownstreamRefusedException {

    public DownstreamNotFoundException(String problemType, String detail) {
        super(404, problemType, detail);
    }
}
