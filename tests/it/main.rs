//! The integration tests, one binary: a module per area, one harness (`common`).
//!
//! Run one area with `cargo test --test it AREA::` (`cargo test --test it tls::`). Tests run
//! against the real broker (`MQ_TEST_URL` / `MQ_TEST_API_URL`, else 127.0.0.1), each in a vhost
//! or with objects of its own that it deletes on every path; the tests that must stop, kill,
//! reconfigure or cluster a broker start nodes of their own (`common::node`).

mod common;

mod amqp_surface;
mod argv;
mod bad_input;
mod bad_input_more;
mod batched;
mod bench;
mod cluster;
mod cluster_failover;
mod completion;
mod counts_and_reset;
mod credentials;
mod definitions;
mod delivery_limit;
mod errors;
mod faults;
mod filters;
mod generated;
mod guarantees;
mod inspection;
mod moving;
mod names;
mod node_harness;
mod operator_alarms;
mod operator_check;
mod operator_cluster;
mod operator_connections;
mod operator_habits;
mod operator_nodes;
mod operator_policies;
mod operator_shovels;
mod operator_users;
mod operator_vhosts;
mod orientation;
mod pipes;
mod produce_connections;
mod replay;
mod roundtrip;
mod rpc;
mod saved;
mod signals;
mod stream_filter;
mod tap;
mod templates;
mod terminal;
mod tls;
mod topology_picture;
mod trace;
mod tutorial;
mod usage;
mod versions;
mod views;
