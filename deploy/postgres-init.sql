-- One database per service: a service never reads another's tables.
create database orders;
create database provisioning;
create database notifications;
