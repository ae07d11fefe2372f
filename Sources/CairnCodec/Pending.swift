enum CodecPending {}
