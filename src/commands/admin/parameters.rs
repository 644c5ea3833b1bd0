//! Runtime parameters: `list-parameters [--component C]`, `set-parameter`, `clear-parameter`
//! (per vhost and component: a federation upstream, a shovel, the vhost's limits) and
//! `list-global-parameters`.

use std::io::Write;

use clap::Args;
use serde_json::json;

use super::{list_at, list_where, named_missing};
use crate::commands::admin::policies::json_object;
use crate::commands::list::{ListArgs, OutputArgs};
use crate::context::Context;
use crate::error::Result;
use crate::listing::fields::Field;
use crate::listing::{Column, Kind, Scope};
use crate::values::{TypedArg, parse_typed_arg};

#[derive(Debug, Args)]
pub struct ListParametersArgs {
    #[command(flatten)]
    pub list: ListArgs,
    /// Only this component's (federation-upstream, shovel, vhost-limits…)
    #[arg(long, value_name = "COMPONENT")]
    pub component: Option<String>,
}

#[derive(Debug, Args)]
pub struct SetParameterArgs {
    /// The component the parameter is for (federation-upstream, shovel, vhost-limits…)
    pub component: String,
    /// Parameter name
    pub name: String,
    /// The value's keys, typed: integers and true/false stay so, "quoted" stays a string
    #[arg(value_name = "KEY=VALUE", required = true, value_parser = parse_typed_arg)]
    pub value: Vec<TypedArg>,
}

#[derive(Debug, Args)]
pub struct ClearParameterArgs {
    /// The component the parameter is for
    pub component: String,
    /// Parameter name
    pub name: String,
}

pub const PARAMETERS: Kind = Kind {
    collection: "parameters",
    scope: Scope::Broker,
    columns: &[
        Column::new("vhost", "vhost").extra(),
        Column::new("component", "component"),
        Column::new("name", "name"),
        Column::new("value", "value"),
    ],
    filter: &[Field::new("name")],
    disable_stats: false,
};

pub const GLOBAL_PARAMETERS: Kind = Kind {
    collection: "global-parameters",
    scope: Scope::Broker,
    columns: &[Column::new("name", "name"), Column::new("value", "value")],
    filter: &[Field::new("name")],
    disable_stats: false,
};

pub async fn list(args: &ListParametersArgs, cx: &Context, out: &mut dyn Write) -> Result<()> {
    let options = args.list.options();
    let vhost = cx.settings.vhost.as_str();
    let missing = format!("vhost '{vhost}' does not exist");
    match &args.component {
        Some(component) => {
            let mut path = vec!["parameters", component.as_str()];
            if !options.all_vhosts {
                path.push(vhost);
            }
            list_at(&PARAMETERS, &path, &options, &missing, cx, out).await
        }
        None if options.all_vhosts => {
            list_at(&PARAMETERS, &["parameters"], &options, &missing, cx, out).await
        }
        // The API lists one vhost's parameters only under a component: every vhost's are
        // read and the others' left out.
        None => {
            let only = Some((Field::new("vhost"), vhost));
            list_where(
                &PARAMETERS,
                &["parameters"],
                &options,
                &missing,
                only,
                cx,
                out,
            )
            .await
        }
    }
}

pub async fn set(args: &SetParameterArgs, cx: &Context) -> Result<()> {
    let vhost = cx.settings.vhost.as_str();
    let body = json!({
        "component": args.component,
        "vhost": vhost,
        "name": args.name,
        "value": json_object(&args.value),
    });
    cx.api()?
        .put(&["parameters", &args.component, vhost, &args.name], &body)
        .await
        .map_err(|e| named_missing(e, &format!("vhost '{vhost}' does not exist")))
}

pub async fn clear(args: &ClearParameterArgs, cx: &Context) -> Result<()> {
    let vhost = cx.settings.vhost.as_str();
    let missing = format!(
        "no {} parameter '{}' in vhost '{vhost}'",
        args.component, args.name
    );
    cx.api()?
        .delete(&["parameters", &args.component, vhost, &args.name], &[])
        .await
        .map_err(|e| named_missing(e, &missing))
}

pub async fn list_global(args: &OutputArgs, cx: &Context, out: &mut dyn Write) -> Result<()> {
    let options = args.options(false);
    list_at(
        &GLOBAL_PARAMETERS,
        &["global-parameters"],
        &options,
        "",
        cx,
        out,
    )
    .await
}
