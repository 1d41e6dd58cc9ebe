__thread int unused_member_tls = 99;
